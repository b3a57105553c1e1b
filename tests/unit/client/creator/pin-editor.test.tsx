// @vitest-environment jsdom
// The pin editor without a map: typed coordinates place the pins; the bearing follows camera → subject.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CoordinateFields } from '../../../../src/client/map/CoordinateFields.tsx';
import { withBearing } from '../../../../src/client/map/leaflet/SpotPinEditorView.tsx';
import { renderIn } from '../ui/render.tsx';

describe('the spot pin editor', () => {
  it('reports the bearing camera → subject only when both differ', () => {
    const camera = { lat: 48.8606, lng: 2.3376 };
    expect(withBearing({ camera })).toEqual({ camera });
    expect(withBearing({ camera, subject: camera }).bearing).toBeUndefined();
    expect(withBearing({ camera, subject: { lat: 48.87, lng: 2.3376 } }).bearing).toBeCloseTo(0);
  });

  it('places a pin from typed coordinates, ignoring out-of-range values', () => {
    const onPlace = vi.fn();
    renderIn('en', <CoordinateFields value={{ camera: { lat: 48.86, lng: 2.33 } }} onPlace={onPlace} />);
    const lat = screen.getByLabelText('Subject latitude');
    fireEvent.change(lat, { target: { value: '48.87' } });
    fireEvent.blur(lat);
    expect(onPlace).toHaveBeenLastCalledWith('subject', { lat: 48.87, lng: 2.33 });
    const lng = screen.getByLabelText('Camera longitude');
    fireEvent.change(lng, { target: { value: '200' } });
    fireEvent.blur(lng);
    expect(onPlace).toHaveBeenCalledTimes(1);
  });

  it('keeps the subject fields off until a camera exists', () => {
    renderIn('fr', <CoordinateFields onPlace={() => {}} />);
    expect(screen.getByLabelText('Latitude du sujet')).toBeDisabled();
    expect(screen.getByLabelText('Latitude de l’appareil')).toBeEnabled();
  });
});
