import { useEffect, useState } from 'preact/hooks';
import { ProgressStore } from '../core/progress-store';
import { watchOtherTabs } from './progress-sync';

/**
 * The shared progress store, opened after hydration (so server and first client render agree).
 * `version` changes when another tab writes progress, so components re-read it.
 */
export function useProgressStore(): { store: ProgressStore | undefined; version: number } {
  const [store, setStore] = useState<ProgressStore>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const opened = ProgressStore.fromBrowser();
    setStore(opened);
    return watchOtherTabs(opened, () => setVersion((v) => v + 1));
  }, []);
  return { store, version };
}
