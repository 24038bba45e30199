import { useState } from 'react';
import { downloadText } from '@/lib/csv';

export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * Exporting a whole filtered list as CSV (decision 0003: the client walks every page): its
 * progress while the pages load, the failure to show with a retry, and the download at the end.
 */
export function useCsvExport() {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (
    fileName: string,
    total: number,
    build: (onProgress: (done: number, total: number) => void) => Promise<string>,
  ) => {
    setError(null);
    setProgress({ done: 0, total });
    try {
      downloadText(fileName, await build((done, all) => setProgress({ done, total: all })));
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  };
  return { progress, error, clearError: () => setError(null), run };
}
