export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    /* the reading pipeline is wired here (extract → annotate → highlight) */
  },
});
