import { describe, expect, it } from 'vitest';
import { embedLoader } from '../../../src/integration/embed-script';
import { isHello } from '../../../src/embed/protocol';

describe('/embed/study-quiz.js', () => {
  it('imports the hashed chunk by a relative URL, so it works under a base path and from another origin', () => {
    expect(embedLoader('_astro/element.Ab12.js')).toBe("import '../_astro/element.Ab12.js';\n");
    expect(embedLoader('assets/js/element.Ab12.js')).toBe("import '../assets/js/element.Ab12.js';\n");
  });
});

describe('frame protocol', () => {
  it('answers only a versioned Studyforge hello', () => {
    expect(isHello({ source: 'studyforge', version: 1, type: 'hello' })).toBe(true);
    for (const forged of [null, 'hello', { source: 'studyforge', version: 2, type: 'hello' }, { source: 'other', version: 1, type: 'hello' }, { source: 'studyforge', version: 1, type: 'resize' }]) {
      expect(isHello(forged)).toBe(false);
    }
  });
});
