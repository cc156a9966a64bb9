import { getOptionalCollection } from '../loaders/optional-collection';
import studyforgeConfig from 'virtual:studyforge/config';
import { COLLECTIONS } from '../loaders/collection-names';
import type { RenderedInterviewTopic } from './render';

let cached: Promise<RenderedInterviewTopic[]> | undefined;

/**
 * Interview topics sorted by `order`, then title (validated and rendered by their loader). None
 * when the interview pages are turned off (`routes: { interview: false }`), so no page links to them.
 */
export function loadInterviewTopics(): Promise<RenderedInterviewTopic[]> {
  if (!studyforgeConfig.routes.interview) return Promise.resolve([]);
  cached ??= getOptionalCollection(COLLECTIONS.interview, 'interview').then((entries) =>
    entries
      .map((entry) => entry.data as unknown as RenderedInterviewTopic)
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
  );
  return cached;
}
