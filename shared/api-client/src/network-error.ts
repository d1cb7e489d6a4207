/** The request never got an HTTP answer (offline, refused, DNS, CORS): worth a retry, unlike an ApiError. */
export class NetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NetworkError";
  }
}

export const isNetworkError = (error: unknown): error is NetworkError => error instanceof NetworkError;
