// Fixed UUIDs of the demo team (scheme in ids.ts). The admin is the server's own.

export const MEMBER_IDS = {
  plannerClaire: 'ab000000-2024-4000-8000-000000000001',
  editorHugo: 'ab000000-2024-4000-8000-000000000002',
  editorInes: 'ab000000-2024-4000-8000-000000000003',
  creatorLea: 'ab000000-2024-4000-8000-000000000004',
  creatorMalik: 'ab000000-2024-4000-8000-000000000005',
  creatorSophie: 'ab000000-2024-4000-8000-000000000006',
  creatorTheo: 'ab000000-2024-4000-8000-000000000007',
  creatorNora: 'ab000000-2024-4000-8000-000000000008',
  creatorJulien: 'ab000000-2024-4000-8000-000000000009',
  creatorChloe: 'ab000000-2024-4000-8000-000000000010',
  creatorYanis: 'ab000000-2024-4000-8000-000000000011',
} as const;
