import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { defineMessages, loadMessages } from '../../src/i18n/define-messages.js';
import {
  catalogueMessage,
  languageOf,
  message,
  onMessagesChange,
  registerMessages,
} from '../../src/i18n/messages.js';

describe('messages', () => {
  // Overrides are page-wide; put the shipped texts back so tests do not leak into each other.
  afterEach(() => {
    registerMessages('en', { ...en });
    registerMessages('nb', { ...nb });
  });

  describe('languageOf', () => {
    it('maps nb, nn and no, with any region or case, to Norwegian', () => {
      for (const tag of ['nb', 'nn', 'no', 'nb-NO', 'NN_no', ' no ']) {
        expect(languageOf(tag), tag).to.equal('nb');
      }
    });

    it('maps everything else to English', () => {
      for (const tag of ['en', 'en-GB', 'sv', 'de-DE', 'nob', '', null, undefined]) {
        expect(languageOf(tag), String(tag)).to.equal('en');
      }
    });
  });

  describe('message', () => {
    it('looks a key up in the language', () => {
      expect(message('en', 'status.sold')).to.equal('Sold');
      expect(message('nb', 'status.sold')).to.equal('Solgt');
    });

    it('has the same keys in every catalogue', () => {
      expect(Object.keys(nb).sort()).to.deep.equal(Object.keys(en).sort());
    });

    it('fills {placeholders} from params and leaves unknown ones as they are', () => {
      registerMessages('en', { overdue: 'Overdue by {days} days ({name})' });
      expect(message('en', 'overdue', { days: 3 })).to.equal('Overdue by 3 days ({name})');
      expect(message('en', 'overdue', { days: 3, name: 'Acme' })).to.equal('Overdue by 3 days (Acme)');
      expect(message('en', 'overdue')).to.equal('Overdue by {days} days ({name})');
    });
  });

  describe('catalogueMessage', () => {
    const own = defineMessages({
      en: { 'own.save': 'Save' },
      nb: () => Promise.resolve({ default: { 'own.save': 'Lagre' } }),
    });

    it("looks a key up in one catalogue, and the host's override wins", async () => {
      expect(catalogueMessage('nb', 'own.save', own), 'English until the Norwegian texts load').to.equal(
        'Save',
      );
      await loadMessages(own, 'nb', 'x-test');
      expect(catalogueMessage('nb', 'own.save', own)).to.equal('Lagre');
      // 'own.save' is this test's key, not a shipped one, so the typed overrides do not list it.
      registerMessages('en', { 'own.save': 'Keep' } as never);
      expect(catalogueMessage('en', 'own.save', own)).to.equal('Keep');
      expect(catalogueMessage('nb', 'own.save', own)).to.equal('Lagre');
      registerMessages('en', { 'own.save': 'Save' } as never);
    });
  });

  describe('registerMessages', () => {
    it('overrides a message in one language only', () => {
      registerMessages('nb', { 'status.stalled': 'På vent' });
      expect(message('nb', 'status.stalled')).to.equal('På vent');
      expect(message('en', 'status.stalled')).to.equal('Stalled');
    });

    it('lets later calls win key by key', () => {
      registerMessages('en', { 'status.open': 'Active', 'status.lost': 'Gone' });
      registerMessages('en', { 'status.open': 'Running' });
      expect(message('en', 'status.open')).to.equal('Running');
      expect(message('en', 'status.lost')).to.equal('Gone');
    });

    it('tells listeners after every call until they unsubscribe', () => {
      let calls = 0;
      const unsubscribe = onMessagesChange(() => calls++);
      registerMessages('en', { 'status.open': 'A' });
      registerMessages('nb', { 'status.open': 'B' });
      expect(calls).to.equal(2);
      unsubscribe();
      registerMessages('en', { 'status.open': 'C' });
      expect(calls).to.equal(2);
    });

    it('lets a listener read the new text', () => {
      let seen = '';
      const unsubscribe = onMessagesChange(() => (seen = message('en', 'status.sold')));
      registerMessages('en', { 'status.sold': 'Won' });
      unsubscribe();
      expect(seen).to.equal('Won');
    });
  });
});

describe('message lookup from plain JavaScript', () => {
  it('maps any language tag, so an unknown one neither throws nor blanks', () => {
    expect(message('de' as never, 'status.open')).to.equal('Open');
    expect(message('nb-NO' as never, 'status.open')).to.equal('Åpent');
    expect(() => registerMessages('nn' as never, { 'status.lost': 'Tapt!' })).not.to.throw();
    expect(message('nb', 'status.lost')).to.equal('Tapt!');
    registerMessages('nb', { 'status.lost': 'Tapt' });
  });

  it('shows an unknown key instead of nothing', () => {
    expect(message('en', 'no.such.key' as never)).to.equal('no.such.key');
    expect(message('en', 'no.such.key' as never, { count: 1 })).to.equal('no.such.key');
  });

  it('fills only placeholders that are the params own keys', () => {
    registerMessages('en', { overdue: 'Overdue {toString} {count}' });
    expect(message('en', 'overdue', { count: 2 })).to.equal('Overdue {toString} 2');
    registerMessages('en', { overdue: 'Overdue' });
  });
});
