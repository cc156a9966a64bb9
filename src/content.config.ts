// This site is a user of its own package: the Studyforge collections, read from the folder set in astro.config.mjs.
import { studyforgeCollections } from './loaders/collections';

export const collections = studyforgeCollections();
