// Says the map tiles are missing (offline, tile server out of reach), so a map is never silently blank.
import { useTranslation } from 'react-i18next';

/** `drawing`: a drawing of the spot follows; `coordinates`: the pins are typed below. */
export function TilesUnavailable({ message }: { message: 'drawing' | 'coordinates' }) {
  const { t } = useTranslation();
  return (
    <p className="panel panel-info tiles-unavailable" role="status">
      {message === 'drawing' ? t('creator.map.tilesUnavailable') : t('creator.map.tilesUnavailableEdit')}
    </p>
  );
}
