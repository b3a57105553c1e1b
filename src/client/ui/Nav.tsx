// The navigation between screens, showing each role only the screens it uses.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/domain/member.ts';
import type { Route } from '../state/route.ts';
import { navigate } from '../state/route.ts';

type Screen = Exclude<Route['screen'], 'signin' | 'notFound'>;

const LINKS: { screen: Screen; path: string; roles: readonly Role[] }[] = [
  { screen: 'me', path: '/me', roles: ['admin', 'planner', 'editor', 'creator'] },
  { screen: 'day', path: '/', roles: ['admin', 'planner', 'editor', 'creator'] },
  { screen: 'plan', path: '/plan', roles: ['admin', 'planner'] },
  { screen: 'board', path: '/board', roles: ['admin', 'planner', 'editor'] },
  { screen: 'team', path: '/team', roles: ['admin'] },
];

/** The screen a role lands on after sign-in: the one it works in most. */
export function homeOf(role: Role): string {
  if (role === 'creator') return '/me';
  if (role === 'editor') return '/board';
  return '/plan';
}

/** Whether a role uses a screen; the server refuses the others' changes anyway, this keeps the UI honest. */
export function canSee(role: Role, screen: Screen): boolean {
  return LINKS.some((link) => link.screen === screen && link.roles.includes(role));
}

export function Nav({ role, current }: { role: Role; current: Route['screen'] }) {
  const { t } = useTranslation();
  const go = (path: string) => (event: MouseEvent) => {
    event.preventDefault();
    navigate(path);
  };
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul>
        {LINKS.filter((link) => link.roles.includes(role)).map((link) => (
          <li key={link.screen}>
            <a
              href={link.path}
              onClick={go(link.path)}
              aria-current={current === link.screen ? 'page' : undefined}
            >
              {t(`nav.${link.screen}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
