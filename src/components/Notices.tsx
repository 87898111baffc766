import { useExplorer } from '../state/context';

/** Notices about the link or the corpus (bad parameters, unknown ids). Dismissible, never blocking. */
export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} role={n.tone === 'error' ? 'alert' : 'status'} className={`notice notice-${n.tone}`}>
          <span>{n.message}</span>
          <button
            type="button"
            className="notice-dismiss"
            onClick={() => dismiss(n.id)}
            aria-label="Dismiss notice"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
