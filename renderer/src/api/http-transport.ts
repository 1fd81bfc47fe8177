import type { CallOptions, Transport } from '../../../shared/api/client';
import { failure, StreamFrameSchema, type Envelope } from '../../../shared/api/envelope';

const TOKEN_HEADER = 'x-rigshift-token';

/** Serve mode: POST /api/<call> with the per-run token; the reply is NDJSON (progress frames, then the envelope). */
export function httpTransport(token: string, base = ''): Transport {
  return {
    async call(name, input, options: CallOptions<unknown>): Promise<Envelope> {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
          signal: options.signal as AbortSignal | undefined,
        });
      } catch (error) {
        return options.signal?.aborted ? failure('cancelled', `${name} was cancelled`) : failure('transport', `Cannot reach RigShift: ${String(error)}`);
      }
      if (!response.body) return failure('transport', `Empty reply (HTTP ${response.status})`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let final: Envelope | null = null;
      const handle = (line: string): void => {
        if (!line.trim()) return;
        const frame = StreamFrameSchema.safeParse(JSON.parse(line));
        if (!frame.success) return;
        if ('progress' in frame.data) options.onProgress?.(frame.data.progress);
        else final = frame.data as Envelope;
      };
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          const lines = buffer.split('\n');
          buffer = lines.pop() ?? '';
          lines.forEach(handle);
        }
        handle(buffer);
      } catch (error) {
        return options.signal?.aborted ? failure('cancelled', `${name} was cancelled`) : failure('transport', `Reply broke off: ${String(error)}`);
      }
      return final ?? failure('transport', `No result in the reply (HTTP ${response.status})`);
    },
  };
}
