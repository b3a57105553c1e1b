// Textes français du téléphone sous pression : stockage, file des aperçus, aperçus, mises à jour.
import type { phoneEn } from './phone.en.ts';
import type { Shape } from './shape.ts';

export const phoneFr: Shape<typeof phoneEn> = {
  reason: {
    full: 'le stockage de ce téléphone est plein',
    closed: 'le navigateur a fermé le stockage du téléphone',
    other: 'le stockage du téléphone a échoué',
  },
  tap: {
    retrying: 'Pas encore enregistré sur ce téléphone\u202f: {{reason}}. Nouvel essai…',
    failed: 'Pas enregistré sur ce téléphone\u202f: {{reason}}.',
  },
  snapshot: {
    decode: 'ce fichier n’est pas une photo lisible par le téléphone',
    canvas: 'ce téléphone ne sait pas redimensionner les photos',
    encode: 'la photo n’a pas pu être convertie en JPEG',
    too_large: 'la photo reste trop lourde même compressée',
    budget:
      'Trop d’aperçus attendent sur ce téléphone\u202f: celui-ci n’a pas été gardé. Vos appuis et vos notes sont intacts\u202f; il y aura de la place une fois les aperçus en attente envoyés.',
  },
  queue: {
    waiting: 'Aperçu en attente sur ce téléphone',
    retry: 'Aperçu en attente sur ce téléphone ({{reason}})\u202f: prochain essai à {{time}}',
    uploading: 'Envoi de l’aperçu…',
    uploaded: 'Aperçu envoyé',
    failed: 'Aperçu non envoyé\u202f: {{reason}}',
  },
  retry: {
    offline: 'pas de réseau',
    server: 'le serveur est occupé',
    timeout: 'l’envoi a pris trop de temps',
  },
  refused: {
    forbidden: 'vous n’êtes pas affecté à ce moment',
    not_found: 'cette image signature n’existe plus',
    conflict: 'le serveur a déjà un autre aperçu sous ce nom',
    too_large: 'il est trop lourd pour le serveur',
    invalid: 'ce n’est pas une image JPEG',
    dropped:
      'retiré de ce téléphone pour garder vos appuis quand le stockage était plein\u202f; reprenez-le quand il y aura de la place',
    lost: 'son fichier a disparu de ce téléphone',
    other: 'le serveur l’a refusé',
  },
  preview: {
    notUploaded: 'Pas encore envoyé par {{name}}',
    notUploadedUnknown: 'Pas encore envoyé par le téléphone qui l’a pris',
    offline: 'L’aperçu s’affiche quand cet appareil est en ligne',
    failed: 'L’aperçu n’a pas pu être chargé (erreur {{status}})',
  },
  storage: {
    persisted: 'Stockage conservé par le navigateur',
    notPersisted: 'Stockage non garanti\u202f: le navigateur peut l’effacer si l’appareil manque de place',
    full: 'Stockage plein\u202f: les nouveaux aperçus sont refusés jusqu’à l’envoi de ceux en attente',
  },
  update: {
    otherTabs_one: 'La mise à jour recharge aussi {{count}} autre onglet ouvert de Plan de jeu.',
    otherTabs_many: 'La mise à jour recharge aussi les {{count}} autres onglets ouverts de Plan de jeu.',
    otherTabs_other: 'La mise à jour recharge aussi les {{count}} autres onglets ouverts de Plan de jeu.',
    noSpace:
      'Une nouvelle version n’a pas pu être installée\u202f: le stockage de ce téléphone est plein. Nouvel essai une fois les aperçus envoyés ou de la place libérée.',
    failed: 'Une nouvelle version n’a pas pu être installée\u202f; nouvel essai plus tard.',
    dismiss: 'Fermer',
  },
};
