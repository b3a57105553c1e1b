// "Your assignments changed": compares the member's assignments with the snapshot they acknowledged (works offline).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLive } from '../../storage/index.ts';
import { assignmentSnapshot, readAck, writeAck } from './assignment-snapshot.ts';

export function AssignmentsChangedBanner({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  // One query, so the cookie and the rows come from the same state: read apart, a render could see the
  // first pull's cookie with the rows from before it, and take an empty plan as the baseline.
  const current =
    useLive(
      async (store) => {
        // Before the first pull the device holds no plan yet: that is not a baseline.
        if ((await store.getMeta()).cookie === null) return null;
        // Through the indexes: this member's assignments and their moments, not the whole plan.
        const mine = await store.listWhere('assignment', 'memberId', [memberId]);
        const moments = await store.getMany(
          'moment',
          mine.map((a) => a.momentId),
        );
        return assignmentSnapshot(memberId, mine, moments);
      },
      [memberId],
    ) ?? null;
  const [ack, setAck] = useState(() => readAck(memberId));

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
