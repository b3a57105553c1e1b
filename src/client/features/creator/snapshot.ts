// A camera photo made into a desk preview: at most 1600 px on its long edge, JPEG, resized on the phone.
import { MAX_PREVIEW_BYTES, MAX_PREVIEW_EDGE } from '../../../shared/mutations/preview-limits.ts';

/** Size that fits within `max` × `max`, keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, max: number = MAX_PREVIEW_EDGE) {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Why a photo could not be made into a preview (`phone.snapshot.<code>` on screen). */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
  constructor(readonly code: 'decode' | 'canvas' | 'encode' | 'too_large') {
    super(`snapshot: ${code}`);
  }
}

/** JPEG qualities tried in turn until the file fits the server's limit (a busy crowd compresses badly). */
const QUALITIES = [0.82, 0.7, 0.55];

export async function toPreviewJpeg(
  file: Blob,
): Promise<{ bytes: ArrayBuffer; width: number; height: number }> {
  // createImageBitmap applies the photo's EXIF orientation, so a portrait shot stays upright.
  const bitmap = await createImageBitmap(file).catch((error: unknown) => {
    throw Object.assign(new SnapshotError('decode'), { cause: error });
  });
  try {
    const size = fitWithin(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new SnapshotError('canvas');
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    for (const quality of QUALITIES) {
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
      if (!blob) throw new SnapshotError('encode');
      if (blob.size <= MAX_PREVIEW_BYTES) return { bytes: await blob.arrayBuffer(), ...size };
    }
    throw new SnapshotError('too_large');
  } finally {
    bitmap.close();
  }
}
