import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../../src/embed/snippets';

describe('embed snippets', () => {
  it('gives the element and the iframe absolute URLs under the base path', () => {
    const { element, iframe } = embedSnippets({ root: 'https://example.org/notes/', bank: 'basics', mode: 'practice', title: 'Quiz: Basics' });
    expect(element).toBe(
      '<script type="module" src="https://example.org/notes/embed/study-quiz.js"></script>\n<study-quiz src="https://example.org/notes/quizzes/basics.json"></study-quiz>',
    );
    expect(iframe).toBe(
      '<iframe src="https://example.org/notes/embed/basics/" title="Quiz: Basics" width="100%" height="600" loading="lazy"></iframe>\n<script type="module" src="https://example.org/notes/embed/host.js"></script>',
    );
  });

  it('carries the chosen questions and challenge mode, and quotes attribute values', () => {
    const { element, iframe } = embedSnippets({ root: 'https://example.org', bank: 'basics', questions: ['q-one', 'q-two'], mode: 'challenge', title: 'Quiz: "A" & <B>' });
    expect(element).toContain('<study-quiz src="https://example.org/quizzes/basics.json" questions="q-one q-two" mode="challenge">');
    expect(iframe).toContain('src="https://example.org/embed/basics/?questions=q-one+q-two&amp;mode=challenge"');
    expect(iframe).toContain('title="Quiz: &quot;A&quot; &amp; &lt;B>"');
  });
});
