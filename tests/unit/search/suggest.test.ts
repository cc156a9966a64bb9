import { describe, expect, it } from 'vitest';
import { editDistance, isNearMiss, maxEdits, suggestQuery, suggestWord, toVocabulary } from '../../../src/search/suggest';
import { buildVocabulary, indexedText, VOCABULARY_LIMIT, vocabularyWords } from '../../../src/search/vocabulary';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('cannary', 'canary')).toBe(1);
    expect(editDistance('canary', 'canray')).toBe(1);
    expect(editDistance('drfit', 'drift')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('gives up past the limit, returning limit + 1', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
  it('allows more edits for longer words and none for short ones', () => {
    expect(maxEdits(3)).toBe(0);
    expect(maxEdits(4)).toBe(1);
    expect(maxEdits(7)).toBe(1);
    expect(maxEdits(8)).toBe(2);
  });
});

describe('suggestions', () => {
  const vocabulary = toVocabulary(['model', 'canary', 'monitoring', 'drift', 'candy', 'release', 'cannot']);
  it('corrects a word the site does not use to the closest site word', () => {
    expect(suggestWord('cannary', vocabulary)).toBe('canary');
    expect(suggestWord('monitring', vocabulary)).toBe('monitoring');
    expect(suggestWord('moniterring', vocabulary)).toBe('monitoring');
  });
  it('prefers the more frequent of equally close words (earlier in the vocabulary)', () => {
    expect(suggestWord('modle', toVocabulary(['model', 'mode']))).toBe('model');
    expect(suggestWord('cande', toVocabulary(['candy', 'canes']))).toBe('candy');
  });
  it('leaves known words, words being typed, short words, numbers and hopeless words alone', () => {
    expect(suggestWord('canary', vocabulary)).toBeUndefined();
    expect(suggestWord('monit', vocabulary)).toBeUndefined();
    expect(suggestWord('cnr', vocabulary)).toBeUndefined();
    expect(suggestWord('2024', vocabulary)).toBeUndefined();
    expect(suggestWord('kubernetes', vocabulary)).toBeUndefined();
  });
  it('corrects each unknown word of a query and keeps the others as typed', () => {
    expect(suggestQuery('cannary relaese', vocabulary)).toBe('canary release');
    expect(suggestQuery('Model drfit', vocabulary)).toBe('Model drift');
    expect(suggestQuery('canary release', vocabulary)).toBeUndefined();
    expect(suggestQuery('cannary', toVocabulary([]))).toBeUndefined();
  });
  it('tells a typo from a longer or shorter form of the word', () => {
    expect(isNearMiss('cannary', 'canary')).toBe(true);
    expect(isNearMiss('model', 'models')).toBe(false);
    expect(isNearMiss('models', 'model')).toBe(false);
    expect(isNearMiss('can', 'cat')).toBe(false);
    expect(isNearMiss('canary', 'strategies')).toBe(false);
  });
});

describe('vocabulary', () => {
  it('keeps words of 4+ letters, without stop words, numbers or digits', () => {
    expect(vocabularyWords('The canary (v2) and 2024 rollouts: which model? ABC-testing, don’t')).toEqual(['canary', 'rollouts', 'model', 'testing']);
  });
  it('leaves out the stop words of the site\'s language', () => {
    expect(vocabularyWords('Wenn der Besitzer seinen Bereich verlässt, wird dieser Wert freigegeben', 'de')).toEqual(['besitzer', 'bereich', 'verlässt', 'wert', 'freigegeben']);
    expect(vocabularyWords('wenn dieser which', 'en')).toEqual(['wenn', 'dieser']);
  });

  it('orders words by frequency, ties alphabetically, and caps the count', () => {
    expect(buildVocabulary(['drift canary drift', 'model canary drift'])).toEqual(['drift', 'canary', 'model']);
    expect(buildVocabulary(['beta alpha gamma alpha'], 2)).toEqual(['alpha', 'beta']);
    const big = Array.from({ length: VOCABULARY_LIMIT + 50 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + Math.floor(i / 676))}`);
    expect(buildVocabulary([big.join(' ')])).toHaveLength(VOCABULARY_LIMIT);
  });
  it('reads only what Pagefind indexes: the marked body, without ignored parts, code or scripts', () => {
    const html = `<html><nav>Menu sidebar</nav><main><article class="a" data-pagefind-body><h1>Canary releases</h1>
      <div><p>Shift traffic&nbsp;slowly.</p></div><section data-pagefind-ignore><section>Quiz answer</section> hidden</section>
      <pre><code>kubectl apply</code></pre><script>var secret</script><p>Rollback quickly</p></article><footer>Footer</footer></main></html>`;
    const words = vocabularyWords(indexedText(html));
    expect(words).toEqual(['canary', 'releases', 'shift', 'traffic', 'slowly', 'rollback', 'quickly']);
    expect(indexedText('<main>No body here</main>')).toBe('');
  });
});
