import { useEffect, useState } from 'preact/hooks';
import { isProgressKey, ProgressStore } from '../../quiz/progress-store';

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
    const onStorage = (event: StorageEvent) => {
      if (!isProgressKey(event.key)) return;
      opened.refresh(event.key);
      setVersion((v) => v + 1);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return { store, version };
}
