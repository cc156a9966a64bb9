/**
 * The downloadable formats of a bank, as the bank page's download links and the manifest's `exports`
 * list them. The JSON data (`/quizzes/<bank>.json`) is always there; the other formats are the
 * exporters' own list (quiz/export/formats.ts), so a format added there shows up everywhere at once.
 */
import { EXPORT_FORMATS as EXPORTERS, exportPath } from '../export/formats';

export interface ExportFormat {
  /** Key in the manifest's `exports` and in the page's download list, e.g. `gift`. */
  id: string;
  /** The format's proper name as shown on the bank page, e.g. "Moodle XML" (a name, not translated). */
  name: string;
  /** Where the build writes a bank in this format, from the site root, e.g. `/quizzes/<bank>.gift.txt`. */
  path: (bank: string) => string;
}

/** The bank as JSON (format: schemas/bank.v1.json). */
export const bankDataPath = (bank: string) => `/quizzes/${bank}.json`;
/** The manifest of all banks. */
export const BANK_INDEX_PATH = '/quizzes/index.json';
/** A bank's page, listing all its questions. */
export const bankPagePath = (bank: string) => `/quizzes/${bank}/`;
/** The page listing all banks. */
export const BANKS_PAGE_PATH = '/quizzes/';

/** Formats other than JSON, in the order the bank page lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORTERS.map((format) => ({ id: format.id, name: format.label, path: (bank: string) => exportPath(bank, format) }));
