// `npm start`: serves the demo host shell (demo/) over the freshly built dist/.
import { newNonce, strictPolicy } from './test-dist/strict-csp-policy.mjs';

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: 8000,
  open: false,
  watch: false,
  middleware: [
    // The printed URL is the server root: send it to the demo page.
    function rootToDemo(context, next) {
      if (context.url === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
    // Every response carries the strict policy a portal would (issue 12), Trusted Types included,
    // so clicking around the demo exercises it: a violation shows in the browser console. The demo
    // has no inline script, so the nonce is only there to keep the policy the one the tests use.
    async function strictContentSecurityPolicy(context, next) {
      await next();
      context.set('Content-Security-Policy', strictPolicy(newNonce()));
    },
  ],
};
