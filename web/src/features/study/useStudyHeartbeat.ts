import { useEffect, useRef } from 'react';
import { useMutation } from 'urql';
import { OpenStudyMaterialMutation, RecordStudyTimeMutation } from './operations';
import { HEARTBEAT_SECONDS, claim } from './study';

/**
 * Opens a material once and, while the page is visible and the material not complete, reports
 * the time spent every 15 s (`recordStudyTime`): the seconds since the last report, which the
 * server credits up to the wall-clock time it saw pass. Hidden time is not claimed.
 */
export function useStudyHeartbeat(materialId: string | undefined, completed: boolean) {
  const [, open] = useMutation(OpenStudyMaterialMutation);
  const [, record] = useMutation(RecordStudyTimeMutation);
  const opened = useRef<string | null>(null);
  const last = useRef<number>(Date.now());

  useEffect(() => {
    if (!materialId || opened.current === materialId) return;
    opened.current = materialId;
    last.current = Date.now();
    void open({ input: { materialId } });
  }, [materialId, open]);

  useEffect(() => {
    if (!materialId || completed) return;
    const onVisibility = () => {
      // Time spent hidden is not study time: start counting again when visible.
      if (document.visibilityState === 'visible') last.current = Date.now();
    };
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      const now = Date.now();
      const seconds = claim(now - last.current);
      if (seconds == null) return;
      last.current = now;
      void record({ input: { materialId, seconds } });
    }, HEARTBEAT_SECONDS * 1000);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [materialId, completed, record]);
}
