import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, INTERVIEW_ANKI, exportFileName, exportPath, interviewAnkiPath } from '../../../../src/quiz/export/formats';
import { BANK, CONTEXT } from './fixtures';

describe('export formats', () => {
  it('lists the four formats with distinct ids, file endings and labels', () => {
    expect(EXPORT_FORMATS.map((f) => [f.id, f.extension, f.mime])).toEqual([
      ['gift', 'gift.txt', 'text/plain; charset=utf-8'],
      ['moodle-xml', 'moodle.xml', 'application/xml; charset=utf-8'],
      ['qti', 'qti.zip', 'application/zip'],
      ['anki', 'anki.tsv', 'text/tab-separated-values; charset=utf-8'],
    ]);
    expect(new Set(EXPORT_FORMATS.map((f) => f.label)).size).toBe(EXPORT_FORMATS.length);
  });

  it('names a bank\'s files and their site paths', () => {
    expect(exportFileName('drift', EXPORT_FORMATS[0]!)).toBe('drift.gift.txt');
    expect(exportPath('drift', EXPORT_FORMATS[2]!)).toBe('/quizzes/drift.qti.zip');
    expect(EXPORT_FORMATS.map((format) => exportPath('drift', format))).toEqual(['/quizzes/drift.gift.txt', '/quizzes/drift.moodle.xml', '/quizzes/drift.qti.zip', '/quizzes/drift.anki.tsv']);
    expect(interviewAnkiPath()).toBe(`/interview/${INTERVIEW_ANKI.fileName}`);
  });

  it('renders text formats as strings and the QTI package as zip bytes', () => {
    for (const format of EXPORT_FORMATS) {
      const body = format.render({ bank: BANK, context: CONTEXT });
      if (format.id === 'qti') expect([...(body as Uint8Array).slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      else expect(typeof body).toBe('string');
    }
  });
});
