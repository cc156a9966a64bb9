/**
 * The export formats, in one list: what the build writes for every bank (`/quizzes/<file>`), what the
 * bank page and the manifest link to, and how each file is made. Add a format here and it is built,
 * served with its type and listed everywhere.
 */
import type { ExportInput } from './content';
import { toGift } from './gift';
import { toMoodleXml } from './moodle-xml';
import { toQtiPackage } from './qti';
import { quizCards, toAnkiTsv } from './anki';
import { EXPORT_STRINGS } from './strings';

export interface ExportFormat {
  id: 'gift' | 'moodle-xml' | 'qti' | 'anki';
  /** Link text (UI strings). */
  label: string;
  /** File name ending, after the bank's name. */
  extension: string;
  /** Content type the file is served with. */
  mime: string;
  /** The file's contents for a bank. */
  render: (input: ExportInput) => string | Uint8Array;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'gift', label: EXPORT_STRINGS.formatGift, extension: 'gift.txt', mime: 'text/plain; charset=utf-8', render: toGift },
  { id: 'moodle-xml', label: EXPORT_STRINGS.formatMoodleXml, extension: 'moodle.xml', mime: 'application/xml; charset=utf-8', render: toMoodleXml },
  { id: 'qti', label: EXPORT_STRINGS.formatQti, extension: 'qti.zip', mime: 'application/zip', render: toQtiPackage },
  { id: 'anki', label: EXPORT_STRINGS.formatAnki, extension: 'anki.tsv', mime: 'text/tab-separated-values; charset=utf-8', render: (input) => toAnkiTsv(quizCards(input)) },
];

/** A bank's file name in a format: `basics.gift.txt`. */
export const exportFileName = (bank: string, format: Pick<ExportFormat, 'extension'>) => `${bank}.${format.extension}`;

/** A bank's export path from the site root (pass it through `url()` to write it into a page): `/quizzes/basics.gift.txt`. */
export const exportPath = (bank: string, format: Pick<ExportFormat, 'extension'>) => `/quizzes/${exportFileName(bank, format)}`;

/** The Anki file with every interview card, one for the site. */
export const INTERVIEW_ANKI = { label: EXPORT_STRINGS.formatAnki, fileName: 'interview.anki.tsv', mime: 'text/tab-separated-values; charset=utf-8' } as const;
export const interviewAnkiPath = () => `/interview/${INTERVIEW_ANKI.fileName}`;
