// The English start catalog: every string a phone needs before "my day"; fr.ts has exactly the same keys.
// Laptop screens (stand-up, desk, audit) keep theirs in later.en.ts, loaded with them; each screen has a pair of files (.en.ts/.fr.ts).
import { creatorEn } from './creator.en.ts';
import { commonEn } from './common.en.ts';
import { phoneEn } from './phone.en.ts';
import { navEn } from './nav.ts';
import { clockEn, rejectionEn } from './rejection.en.ts';
import { scheduleEn } from './schedule.en.ts';

/** Same shape as the English catalog, every leaf a string: what fr.ts must provide. */
export type Catalog = { [key: string]: string | Catalog };

// Plural keys come as _one/_many/_other in BOTH catalogs (French uses "many" for millions) so the
// key sets stay identical; English never asks for _many.
export const en = {
  app: {
    name: 'Plan de jeu',
    skipToContent: 'Skip to the plan',
    colon: ': ',
  },
  language: {
    label: 'Language',
    fr: 'Français',
    en: 'English',
  },
  deviceName: {
    android: 'Android phone',
    androidTablet: 'Android tablet',
    iphone: 'iPhone',
    ipad: 'iPad',
    mac: 'Mac',
    windows: 'Windows computer',
    linux: 'Linux computer',
    other: 'My device',
  },
  signin: {
    heading: 'Sign in',
    intro: 'Once signed in, this device keeps the plan de jeu offline.',
    deviceName: 'Device name',
    deviceNameHelp: 'So your team admin can tell your devices apart.',
    submit: 'Sign in',
    submitting: 'Signing in…',
    notSignedIn: 'This device is not signed in: open the sign-in link your team admin sent you.',
    signedInAs: 'Signed in as {{name}}',
    checking: 'Checking the sign-in link…',
    linkFor: 'This link signs in {{name}} as {{role}}.',
    notYou: 'Not you? Do not sign in: ask your team admin for your own link.',
    roles: {
      admin: 'admin',
      planner: 'planner',
      editor: 'editor (the desk)',
      creator: 'creator',
    },
    errors: {
      deviceNameRequired: 'Device name: give this device a name.',
      inviteInvalid:
        'This sign-in link has already been used or has expired. Ask your team admin for a new one.',
      offline: 'No network: signing in needs a connection once. Try again when you have signal.',
      rateLimited: 'Too many attempts: wait a minute, then try again.',
      badRequest: 'The sign-in request was refused: {{message}}',
      server: 'The server could not sign you in ({{message}}). Try again in a moment.',
    },
  },
  edition: {
    label: 'Edition',
    olympic: 'Olympic',
    paralympic: 'Paralympic',
  },
  day: {
    heading: 'Plan de jeu of {{date}}',
    label: 'Day',
    previous: 'Previous day',
    next: 'Next day',
    today: 'today',
    loading: 'Loading the plan…',
    noEditions: 'No plan on this device yet: it arrives with the first sync.',
    noMoments: 'No chosen moments on this day.',
    tooManyMoments_one: '{{count}} moment chosen: the team plans 4 or 5 a day.',
    tooManyMoments_many: '{{count}} moments chosen: the team plans 4 or 5 a day.',
    tooManyMoments_other: '{{count}} moments chosen: the team plans 4 or 5 a day.',
  },
  moment: {
    rank: 'Priority {{rank}}',
    venue: 'Venue',
    keyMoment: 'Key moment',
    why: 'Why it matters',
    whyAthlete: 'a date with history',
    whyIconic: 'An iconic event of the Games',
    angles: 'Angles',
    triangle: 'The triangle',
    square: 'The square',
    spots: 'Spots',
    noSpots: 'No spot yet.',
    creators: 'Creators',
    noCreators: 'Nobody assigned yet.',
    signatures: 'Signature images',
    noSignatures: 'No signature image planned.',
    unknownVenue: 'Venue not on this device yet',
    unknownMember: 'A member not on this device yet',
  },
  side: {
    sport: 'Sport',
    site: 'Site',
    public: 'Public',
    disability: 'Disability',
  },
  access: {
    none: 'No access needed',
    'to-ask': 'Access to ask: {{contact}}',
    asked: 'Access asked: {{contact}}',
    granted: 'Access granted: {{contact}}',
    refused: 'Access refused: {{contact}}',
    contactHidden: 'Contact visible to planners and the assigned creators',
  },
  status: {
    label: 'Status',
    planned: 'Planned',
    'in-position': 'In position',
    captured: 'Captured',
    selected: 'Selected',
    published: 'Published',
    missed: 'Missed',
  },
  shot: {
    inPosition: 'In position',
    captured: 'Captured',
    missed: 'Missed',
    selected: 'Selected',
    published: 'Published',
    actions: 'Mark “{{title}}”',
    partner: 'Cross-post production with {{partner}}',
    missedReason: 'Missed: {{reason}}',
    waiting: 'Waiting on this phone',
    rejected: 'Rejected: {{reason}}',
    failed: 'Could not save this change on the phone: {{message}}',
  },
  miss: {
    heading: 'Why was “{{title}}” missed?',
    reason: 'Reason',
    reasonRequired: 'Reason: say why in a few words.',
    confirm: 'Mark missed',
    cancel: 'Cancel',
  },
  sync: {
    label: 'Sync',
    online: 'Online',
    offline: 'Offline',
    syncing: 'Syncing…',
    pending_one: '{{count}} change waiting on this phone',
    pending_many: '{{count}} changes waiting on this phone',
    pending_other: '{{count}} changes waiting on this phone',
    allSent: 'All changes sent',
    lastSync: 'Last sync {{time}}',
    neverSynced: 'Not synced yet',
    more: 'Account and storage',
    failed: 'Last attempt failed: {{message}}',
    rejectedButton_one: '{{count}} rejected change',
    rejectedButton_many: '{{count}} rejected changes',
    rejectedButton_other: '{{count}} rejected changes',
    rejectedHeading: 'Rejected changes',
    rejectedIntro: 'The server refused these changes. They are kept here so nothing you did disappears.',
    rejectedAt: 'Tapped {{time}}',
    dismiss: 'Dismiss',
    close: 'Close',
    signedOut: 'This device is signed out.',
    signedOutHelp:
      'It was revoked or its session ended. These changes stay on this phone, not sent: ask your team admin for a new sign-in link.',
    rowsAside_one:
      '{{count}} item from the server needs a newer version of the app: it is kept aside. Everything else keeps syncing; update when you have network.',
    rowsAside_many:
      '{{count}} items from the server need a newer version of the app: they are kept aside. Everything else keeps syncing; update when you have network.',
    rowsAside_other:
      '{{count}} items from the server need a newer version of the app: they are kept aside. Everything else keeps syncing; update when you have network.',
    updateWaiting: 'The server runs a newer version: update the app when you have network.',
    waitingSummary_one: '{{count}} change kept on this phone',
    waitingSummary_many: '{{count}} changes kept on this phone',
    waitingSummary_other: '{{count}} changes kept on this phone',
  },
  ...commonEn,
  nav: navEn,
  // The stand-up's strings load with its screen (later.en.ts); the creator's day shows this banner.
  standup: {
    banner: {
      changed: 'Your assignments changed since you last looked.',
      ack: 'Seen',
    },
  },
  creator: creatorEn,
  rejection: rejectionEn,
  clock: clockEn,
  schedule: scheduleEn,
  phone: phoneEn,
} satisfies Catalog;
