/**
 * Quiz banks and interview topics are optional folders. Astro warns "collection … does not exist or
 * is empty" whenever an empty collection is read, which would tell every author without quizzes to
 * "check the content config"; a folder that is not there is simply no entries, without the warning.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import studyforgeConfig from 'virtual:studyforge/config';

/** True when `<content>/<folder>` holds at least one YAML file. */
export function hasYamlFiles(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((file) => /\.ya?ml$/i.test(file));
}

/** The entries of a collection read from `<content>/<folder>/*.yaml`; none, quietly, when there are no such files. */
export async function getOptionalCollection(name: string, folder: string): Promise<Array<{ id: string; data: unknown }>> {
  if (!hasYamlFiles(join(studyforgeConfig.contentDir, folder))) return [];
  return (await getCollection(name as never)) as Array<{ id: string; data: unknown }>;
}
