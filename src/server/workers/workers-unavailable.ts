// A job a worker pool could not run now: its queue is full, its workers were lost, or the server
// is closing. The API answers it 503 with Retry-After, so a client tries again later.
import { ApiError } from '../http/api-error.ts';

export class WorkersUnavailable extends ApiError {
  constructor(message: string, retryAfterSeconds: number) {
    super(503, message, {}, { 'Retry-After': String(retryAfterSeconds) });
    this.name = 'WorkersUnavailable';
  }
}
