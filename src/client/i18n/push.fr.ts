// Strings of the notification opt-in on "my day" (Web Push), in French.
import type { pushEn } from './push.en.ts';
import type { Shape } from './shape.ts';

export const pushFr: Shape<typeof pushEn> = {
  heading: 'Notifications',
  offer: 'Recevez une notification sur ce téléphone quand votre plan change, app fermée.',
  explain:
    'Recevez une notification sur ce téléphone quand votre plan change alors que l’app est fermée\u202f: vous êtes ajouté à un moment ou retiré, votre moment est déplacé ou annulé, votre spot bouge, l’accès à votre spot est accordé ou refusé, et 30 minutes avant votre moment clé. Rien d’autre, jamais quand l’app est à l’écran. Choisissez lesquelles ci-dessous\u202f; coupez-les quand vous voulez.',
  turnOn: 'Activer les notifications',
  notNow: 'Plus tard',
  turningOn: 'Activation…',
  on: 'Les notifications sont activées sur ce téléphone.',
  off: 'Les notifications sont désactivées sur ce téléphone.',
  turnOff: 'Désactiver sur ce téléphone',
  choose: 'Me prévenir quand',
  save: 'Enregistrer mes choix',
  saved: 'Choix enregistrés\u202f: ils valent pour tous vos appareils.',
  kinds: {
    assignment: 'Je suis ajouté à un moment ou retiré',
    moment: 'Mon moment est déplacé ou annulé',
    spot: 'Mon spot bouge',
    access: 'L’accès à mon spot est accordé ou refusé',
    reminder: '30 minutes avant mon moment clé',
  },
  unsupported: 'Ce navigateur ne peut pas recevoir de notifications.',
  iosInstall:
    'Sur iPhone, les notifications demandent l’app sur l’écran d’accueil\u202f: touchez Partager, puis « Sur l’écran d’accueil », et ouvrez-la depuis là.',
  denied:
    'Les notifications sont bloquées pour cette app. Autorisez-les dans les réglages du site (le cadenas près de l’adresse), puis revenez.',
  errors: {
    offline:
      'Pas de connexion\u202f: activer les notifications demande le serveur une fois. Réessayez quand vous avez du réseau.',
    subscribe: 'Le navigateur de ce téléphone n’a pas pu s’inscrire aux notifications ({{message}}).',
    refused: 'Refusé par le serveur\u202f: {{message}}',
  },
};
