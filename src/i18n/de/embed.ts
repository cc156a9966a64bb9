/** German UI text of the `<study-quiz>` element: a module of its own, as it ships to the browser. */
import type { Strings } from '../strings';

export const embed: Strings['embed'] = {
  loading: 'Das Quiz wird geladen …',
  noSource: 'Diesem Quiz fehlt die Fragensammlung: Das Attribut `src` ist nicht gesetzt. Gib die Adresse einer Sammlungsdatei an, z. B. `src="https://example.org/quizzes/basics.json"`.',
  notFound: (url, status) => `Die Fragensammlung konnte nicht von ${url} geladen werden (HTTP ${status}). Prüfe die Adresse im Attribut \`src\` des Quiz.`,
  unreachable: (url) => `Die Fragensammlung konnte nicht von ${url} geladen werden: Die Adresse ist nicht erreichbar, oder der Server erlaubt dieser Seite nicht, sie zu lesen (CORS).`,
  badJson: (url) => `${url} ist keine Studyforge-Fragensammlung: Die Datei ist kein gültiges JSON.`,
  badBank: (url, detail) => `${url} ist keine Studyforge-Fragensammlung (${detail}).`,
  unknownIds: (ids, bank) => `Die Sammlung „${bank}“ hat keine Frage ${ids}. Prüfe das Attribut \`questions\`.`,
  noQuestions: (bank) => `Keine Frage der Sammlung „${bank}“ passt zu den Attributen \`questions\` und \`difficulty\` dieses Quiz.`,
  badAttribute: (name, value, allowed) => `Das Attribut \`${name}\` ist „${value}“; erlaubt ist ${allowed}.`,
  quizLabel: (title) => `Quiz: ${title}`,
};
