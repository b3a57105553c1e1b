// English strings of the phone under pressure: storage, the snapshot queue, previews, app updates.
export const phoneEn = {
  reason: {
    full: 'this phone’s storage is full',
    closed: 'the browser closed the phone’s storage',
    other: 'the phone’s storage failed',
  },
  tap: {
    retrying: 'Not recorded on this phone yet: {{reason}}. Trying again…',
    failed: 'Not recorded on this phone: {{reason}}.',
  },
  snapshot: {
    decode: 'this file is not a photo the phone can read',
    canvas: 'this phone cannot resize photos',
    encode: 'the photo could not be made into a JPEG',
    too_large: 'the photo is too large even compressed',
    budget:
      'Too many snapshots are waiting on this phone: this one was not kept. Your taps and notes are safe; there will be room once the waiting ones are sent.',
  },
  queue: {
    waiting: 'Snapshot waiting on this phone',
    retry: 'Snapshot waiting on this phone ({{reason}}): next try at {{time}}',
    uploading: 'Sending the snapshot…',
    uploaded: 'Snapshot sent',
    failed: 'Snapshot not sent: {{reason}}',
  },
  retry: {
    offline: 'no network',
    server: 'the server is busy',
    timeout: 'the upload took too long',
  },
  refused: {
    forbidden: 'you are not assigned to this moment',
    not_found: 'this signature image no longer exists',
    conflict: 'the server holds another snapshot under this name',
    too_large: 'it is too large for the server',
    invalid: 'it is not a JPEG image',
    dropped:
      'removed from this phone to keep your taps when storage was full; take it again when there is room',
    lost: 'its file is gone from this phone',
    other: 'the server refused it',
  },
  preview: {
    notUploaded: 'Not uploaded yet by {{name}}',
    notUploadedUnknown: 'Not uploaded yet by the phone that took it',
    offline: 'The preview shows once this device is online',
    failed: 'The preview could not be loaded (error {{status}})',
  },
  storage: {
    persisted: 'Storage kept by the browser',
    notPersisted: 'Storage not guaranteed: the browser may clear it when the device runs short',
    full: 'Storage full: new snapshots are refused until the waiting ones are sent',
  },
  update: {
    otherTabs_one: 'Updating reloads the {{count}} other open tab of Plan de jeu too.',
    otherTabs_many: 'Updating reloads the {{count}} other open tabs of Plan de jeu too.',
    otherTabs_other: 'Updating reloads the {{count}} other open tabs of Plan de jeu too.',
    noSpace:
      'A new version could not be installed: this phone’s storage is full. It will try again once the snapshots are sent or space is freed.',
    failed: 'A new version could not be installed; it will try again later.',
    dismiss: 'Close',
  },
};
