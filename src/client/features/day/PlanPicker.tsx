// The edition switch and day picker every plan screen opens with (day view, stand-up, desk).
import { usePlanView } from '../../state/plan-view.ts';
import { DayPicker } from './DayPicker.tsx';
import type { PlanPick } from './day-plan.ts';
import { EditionSwitch } from './EditionSwitch.tsx';

export function PlanPicker({ pick }: { pick: PlanPick }) {
  const { chooseEdition, chooseDay } = usePlanView();
  return (
    <>
      <EditionSwitch editions={pick.editions} selectedId={pick.edition.id} onChange={chooseEdition} />
      <DayPicker days={pick.days} day={pick.day} today={pick.today} onChange={chooseDay} />
    </>
  );
}
