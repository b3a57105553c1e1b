// Strings of the notification opt-in on "my day" (Web Push), in English.
export const pushEn = {
  heading: 'Notifications',
  offer: 'Get a notification on this phone when your plan changes while the app is closed.',
  explain:
    'Get a notification on this phone when your plan changes while the app is closed: you are added to or removed from a moment, your moment moves or is cancelled, your spot moves, access to your spot is granted or refused, and 30 minutes before your key moment. Nothing else, never while the app is on screen. Choose which ones below; turn them off at any time.',
  turnOn: 'Turn on notifications',
  notNow: 'Not now',
  turningOn: 'Turning on…',
  on: 'Notifications are on for this phone.',
  off: 'Notifications are off for this phone.',
  turnOff: 'Turn off on this phone',
  choose: 'Notify me of',
  save: 'Save my choices',
  saved: 'Choices saved: they apply to all your devices.',
  kinds: {
    assignment: 'Added to or removed from a moment',
    moment: 'My moment moved or cancelled',
    spot: 'My spot moved',
    access: 'Access to my spot granted or refused',
    reminder: '30 minutes before my key moment',
  },
  unsupported: 'This browser cannot receive notifications.',
  iosInstall:
    'On an iPhone, notifications need the app on your home screen: tap Share, then “Add to Home Screen”, and open it from there.',
  denied:
    'Notifications are blocked for this app. Allow them in the browser’s site settings (the padlock next to the address), then come back.',
  errors: {
    offline: 'No connection: turning notifications on needs the server once. Try again when you have signal.',
    subscribe: 'This phone’s browser could not register for notifications ({{message}}).',
    refused: 'Refused by the server: {{message}}',
  },
};
