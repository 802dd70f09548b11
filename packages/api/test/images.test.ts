import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_PIXELS, processPhoto } from '../src/files/images';

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png({ compressionLevel: 9 })
    .toBuffer();

describe('photo decoding stays bounded', () => {
  it('refuses a photo above the pixel limit from its header, before decoding it', async () => {
    expect(MAX_PIXELS).toBeLessThanOrEqual(24_000_000);
    const huge = await png(8000, 5000); // 40 MP, a few hundred KB once compressed
    const started = Date.now();
    const err = await processPhoto(huge, 'photos.0').catch((e) => e);
    expect(err).toMatchObject({ code: 'BAD_REQUEST', reason: 'image_too_large', field: 'photos.0' });
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('re-encodes a normal photo', async () => {
    const { main, thumb } = await processPhoto(await png(2000, 1500), 'photos.0');
    expect(main).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1200 });
    expect(thumb.mime).toBe('image/webp');
  });

  it('answers busy (503) at once when too many photos wait, instead of queuing without end', async () => {
    const photo = await png(3000, 3000);
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        processPhoto(photo, 'photos.0').then(
          () => 'ok',
          (e: { code?: string; reason?: string }) => `${e.code}:${e.reason}`,
        ),
      ),
    );
    // One decoding and at most 32 waiting (far fewer here: recent decodes of such big photos say the wait would pass 2 s).
    const ok = results.filter((r) => r === 'ok').length;
    expect(ok).toBeGreaterThanOrEqual(2);
    expect(ok).toBeLessThanOrEqual(33);
    expect(ok).toBeLessThan(40);
    expect(results.filter((r) => r === 'SERVICE_UNAVAILABLE:busy').length).toBe(40 - ok);
  }, 60_000);
});
