// Moved to src/components/eligible-field.tsx (shared by the item and plan panes); kept as a
// re-export so in-flight imports keep working.
export { EligibleField, type EligibleFieldProps } from '../../components/eligible-field';
