// `npm start`: serves the demo host shell (demo/) over the freshly built dist/.
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
  ],
};
