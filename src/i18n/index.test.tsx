import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../app/header-controls';
import { renderWithProviders } from '../testing/render';
import { i18n, languages, loadLanguage, setLanguage } from '.';

// Test files share modules (isolate: false): leave the portal in English for the next file.
afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('pt-BR and nl-NL catalogs (docs/glossary.md), loaded when chosen', () => {
  it('pt-BR: the glossary terms, the job name, plural forms with _many, and numbers in the locale', async () => {
    await setLanguage('pt-BR');
    expect(i18n.language).toBe('pt-BR');
    expect(document.documentElement.lang).toBe('pt-BR');
    expect(i18n.t('shell:vaultMenu.replicatedItems')).toBe('Itens replicados');
    expect(i18n.t('common:verbs.reprotect')).toBe('Proteger novamente');
    expect(i18n.t('jobs:names.Reprotect')).toBe('Nova proteção');
    expect(i18n.t('common:verbs.unplannedFailover')).toBe('Failover não planejado');
    expect(i18n.t('common:status.FailoverCommitted')).toBe('Failover confirmado');
    expect(i18n.t('panes:reprotect.masterTarget')).toBe('Servidor de destino mestre');
    expect(i18n.t('infra:processServers.machines', { count: 1 })).toBe('1 máquina');
    expect(i18n.t('infra:processServers.machines', { count: 3 })).toBe('3 máquinas');
    // pt's "many" category (a million): without the _many form i18next would fall back to English.
    expect(i18n.t('infra:processServers.machines', { count: 1_000_000 })).toBe('1000000 de máquinas');
    expect(i18n.t('jobs:count', { count: 1 })).toBe('1 trabalho');
    expect(i18n.t('jobs:count', { count: 4 })).toBe('4 trabalhos');
    expect(i18n.t('common:rpo.hours', { count: 1.5 })).toBe('1,5 h');
  });

  it('nl-NL: the glossary terms, failover left untranslated, plural forms and numbers', async () => {
    await setLanguage('nl-NL');
    expect(i18n.language).toBe('nl-NL');
    expect(i18n.t('shell:vaultMenu.replicatedItems')).toBe('Gerepliceerde items');
    expect(i18n.t('common:verbs.reprotect')).toBe('Opnieuw beveiligen');
    expect(i18n.t('common:verbs.unplannedFailover')).toBe('Niet-geplande failover');
    expect(i18n.t('common:verbs.commit')).toBe('Doorvoeren');
    expect(i18n.t('panes:reprotect.retentionDrive')).toBe('Bewaarstation');
    expect(i18n.t('infra:processServers.machines', { count: 1 })).toBe('1 machine');
    expect(i18n.t('infra:processServers.machines', { count: 2 })).toBe('2 machines');
    expect(i18n.t('common:rpo.hours', { count: 1.5 })).toBe('1,5 u');
  });

  it('English stays the default and keeps its own number format', () => {
    expect(i18n.language).toBe('en');
    expect(i18n.t('shell:vaultMenu.replicatedItems')).toBe('Replicated items');
    expect(i18n.t('common:rpo.hours', { count: 1.5 })).toBe('1.5 h');
  });

  it('every language of the picker has its catalogs, with every English namespace', async () => {
    for (const lng of languages) {
      await loadLanguage(lng);
      for (const ns of Object.keys(i18n.store.data.en)) expect(i18n.hasResourceBundle(lng, ns)).toBe(true);
    }
  });

  it('when two choices overlap, the later one wins', async () => {
    await Promise.all([setLanguage('pt-BR'), setLanguage('nl-NL')]);
    expect(i18n.language).toBe('nl-NL');
  });

  it('choosing a language in the header re-renders the portal with translated text', async () => {
    function MenuLink() {
      const { t } = useTranslation('shell');
      return <a href="/vaults/contoso-vault/replicated-items">{t('vaultMenu.replicatedItems')}</a>;
    }
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <LanguagePicker />
        <MenuLink />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Replicated items' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Language' }));
    await user.click(screen.getByRole('option', { name: 'Português (Brasil)' }));
    expect(await screen.findByRole('link', { name: 'Itens replicados' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toHaveTextContent('Português (Brasil)');
  });
});
