import { Dropdown, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { arm } from '../api/arm-client';
import { simulatorPaths } from '../api/arm-paths';
import { useRole, type Role } from '../api/role';
import { isLanguage, languages, setLanguage } from '../i18n';

const roles: Role[] = ['Contributor', 'Operator', 'Reader'];

const useStyles = makeStyles({
  dropdown: { minWidth: '200px' },
  small: { minWidth: '150px' },
  label: { color: tokens.colorNeutralForegroundInverted },
});

/** docs/ui-names.md §9: combobox "Role"; Reader disables mutating commands and the API answers 403. */
export function RolePicker() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  const client = useQueryClient();
  const role = useRole();
  const change = useMutation({
    mutationFn: (role: Role) => arm.put<{ role: Role }>(simulatorPaths.role, { role }),
    // Eligibility and every command's state depend on the role: refresh everything.
    onSuccess: () => client.invalidateQueries(),
  });
  return (
    <Dropdown
      className={styles.dropdown}
      aria-label={t('role.label')}
      value={t(`role.${role}`)}
      selectedOptions={[role]}
      onOptionSelect={(_, option) => {
        if (option.optionValue) change.mutate(option.optionValue as Role);
      }}
    >
      {roles.map((value) => (
        <Option key={value} value={value}>
          {t(`role.${value}`)}
        </Option>
      ))}
    </Dropdown>
  );
}

/** docs/ui-names.md §9: combobox "Language"; names are shown in their own language. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation('shell');
  const styles = useStyles();
  const current = isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <Dropdown
      className={styles.small}
      aria-label={t('language.label')}
      value={t(`language.${current}`)}
      selectedOptions={[current]}
      onOptionSelect={(_, option) => {
        // pt-BR and nl-NL are lazy chunks: fetched on first choice, then the portal re-renders.
        if (option.optionValue && isLanguage(option.optionValue)) void setLanguage(option.optionValue);
      }}
    >
      {languages.map((value) => (
        <Option key={value} value={value}>
          {t(`language.${value}`)}
        </Option>
      ))}
    </Dropdown>
  );
}
