import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Bodies below this many bytes go as they are: a small tRPC answer or a 304 gains nothing
 * worth the CPU (and the encoding header), while every page, bundle and list above it
 * shrinks four- to eightfold on a phone's connection.
 */
export const COMPRESS_THRESHOLD = 1024;

/**
 * What is worth compressing: HTML, CSS, JavaScript, JSON (tRPC, Open311), SVG, XML and
 * plain text. Never `text/event-stream`: a compressor holds bytes back until its block
 * fills, so a live update (tRPC subscriptions over SSE) would wait for the next ones.
 * Images and PDFs are compressed already.
 */
export const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)|application\/(?:json|javascript|xml|manifest\+json)|image\/svg\+xml)|\+(?:json|xml)(?:;|$)/;

/**
 * Compression on the wire (brotli, else gzip) for dynamic answers: server pages, tRPC and
 * Open311 JSON. Built assets have their brotli/gzip twins written at build time
 * (precompress.ts) and are sent as they are by @fastify/static (`preCompressed`), which
 * sets Content-Encoding, so this plugin leaves them alone; without the twins (a build
 * that skipped the step) it compresses them on the fly instead.
 * Registered before any route: it attaches itself to each route as it is declared.
 */
export async function compression(app: FastifyInstance) {
  await app.register(fastifyCompress, {
    threshold: COMPRESS_THRESHOLD,
    encodings: ['br', 'gzip'],
    customTypes: COMPRESSIBLE,
    // Request bodies are never inflated: a small gzipped body could expand past the limits
    // that limits.ts checks on the bytes received.
    globalDecompression: false,
  });
}
