import { getCollection } from 'astro:content';
import { COLLECTIONS } from '../loaders/collection-names';
import type { RenderedInterviewTopic } from './render';

let cached: Promise<RenderedInterviewTopic[]> | undefined;

/** Interview topics sorted by `order`, then title (validated and rendered by their loader). */
export function loadInterviewTopics(): Promise<RenderedInterviewTopic[]> {
  cached ??= getCollection(COLLECTIONS.interview).then((entries) =>
    entries
      .map((entry) => entry.data as unknown as RenderedInterviewTopic)
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
  );
  return cached;
}
