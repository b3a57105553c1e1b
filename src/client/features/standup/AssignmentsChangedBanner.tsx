// "Your assignments changed": compares the member's assignments with the snapshot they acknowledged (works offline).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntities, useSyncMeta } from '../../storage/index.ts';
import { assignmentSnapshot, readAck, writeAck } from './assignment-snapshot.ts';

export function AssignmentsChangedBanner({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const assignments = useEntities('assignment');
  const moments = useEntities('moment');
  const meta = useSyncMeta();
  const [ack, setAck] = useState(() => readAck(memberId));
  // Before the first pull the device holds no plan yet: an empty baseline would flag the first sync as a change.
  const synced = meta !== undefined && meta.cookie !== null;
  const current =
    synced && assignments && moments ? assignmentSnapshot(memberId, assignments, moments) : null;

  // First look on this device: what is there now is what the creator sees, so it is the baseline.
  useEffect(() => {
    if (current !== null && ack === null) {
      writeAck(memberId, current);
      setAck(current);
    }
  }, [current, ack, memberId]);

  if (current === null || ack === null || current === ack) return null;
  return (
    <div role="alert" className="panel panel-warning assignments-changed">
      <p>{t('standup.banner.changed')}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          writeAck(memberId, current);
          setAck(current);
        }}
      >
        {t('standup.banner.ack')}
      </button>
    </div>
  );
}
