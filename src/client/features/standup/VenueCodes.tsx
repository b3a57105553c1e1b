// The admin's table of official feed codes: which ODF venue and location codes mean which venue (venue.codes, synced).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Venue } from '../../../shared/domain/edition.ts';
import type { Record } from './use-record.ts';
import '../../ui/schedule.css';

/** "STA, st2  ALX" → ["STA", "ST2", "ALX"]: spaces, commas or semicolons between codes. */
export function parseCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/u)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}

export function VenueCodes({ venues, record }: { venues: readonly Venue[]; record: Record }) {
  const { t } = useTranslation();
  const id = useId();
  const sorted = [...venues].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="standup-section no-print" aria-labelledby={`${id}-h`}>
      <details>
        <summary>
          <h2 id={`${id}-h`} className="inline-heading">
            {t('schedule.codes.heading')}
          </h2>
        </summary>
        <p className="muted">{t('schedule.codes.help')}</p>
        <ul className="plain-list">
          {sorted.map((v) => (
            <VenueCodesRow key={v.id} venue={v} record={record} />
          ))}
        </ul>
      </details>
    </section>
  );
}

function VenueCodesRow({ venue, record }: { venue: Venue; record: Record }) {
  const { t } = useTranslation();
  const id = useId();
  const saved = (venue.odfCodes ?? []).join(' ');
  const [text, setText] = useState(saved);
  const [done, setDone] = useState(false);
  return (
    <li>
      <form
        className="standup-inline"
        onSubmit={(e) => {
          e.preventDefault();
          const codes = parseCodes(text);
          setText(codes.join(' '));
          void record('venue.codes', { id: venue.id, odfCodes: codes }).then(setDone);
        }}
      >
        <label htmlFor={id}>{t('schedule.codes.label', { venue: venue.name })}</label>
        <input
          id={id}
          value={text}
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setDone(false);
          }}
        />
        <button
          type="submit"
          className="button"
          aria-label={t('schedule.codes.saveLabel', { venue: venue.name })}
        >
          {t('schedule.codes.save')}
        </button>
        <span role="status">{done && text === saved ? t('schedule.codes.saved') : ''}</span>
      </form>
    </li>
  );
}
