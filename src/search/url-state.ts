/** The search page's state in its URL (`/search/?q=cache&type=Question&section=...`), so a search can be shared. */
export const FILTER_KEYS = ['type', 'section', 'difficulty'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  query: string;
  filters: SelectedFilters;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SelectedFilters = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(filters: SelectedFilters, key: FilterKey, value: string): SelectedFilters {
  const current = filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const copy = { ...filters };
  if (next.length) copy[key] = next;
  else delete copy[key];
  return copy;
}

/** Pagefind filter object: any of the chosen values within a group, all groups together. */
export function toPagefindFilters(filters: SelectedFilters): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (filters[key]?.length) result[key] = { any: filters[key]! };
  return result;
}
