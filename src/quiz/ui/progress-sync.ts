import { isProgressKey, type ProgressStore } from '../core/progress-store';

/** Calls `onChange` when another tab saves quiz progress; returns the unsubscribe function. */
export function watchOtherTabs(store: ProgressStore, onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (!isProgressKey(event.key)) return;
    store.refresh(event.key);
    onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
