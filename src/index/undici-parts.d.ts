// Types for the few modules of undici the index client loads directly (see http.ts): they are
// the classes and functions undici's entry module (index.js) re-exports, typed by its own
// declarations.
declare module 'undici/lib/dispatcher/agent.js' {
  import { Agent } from 'undici';
  export default Agent;
}
declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici';
  /** Dispatcher.request, called with the dispatcher as `this`. */
  export default function request(
    this: Dispatcher,
    options: Dispatcher.RequestOptions,
  ): Promise<Dispatcher.ResponseData>;
}
declare module 'undici/lib/interceptor/redirect.js' {
  import type { interceptors } from 'undici';

  const redirect: typeof interceptors.redirect;
  export default redirect;
}
declare module 'undici/lib/interceptor/retry.js' {
  import type { interceptors } from 'undici';

  const retry: typeof interceptors.retry;
  export default retry;
}
