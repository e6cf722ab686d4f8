export {
  AddressPicker,
  type AddressPickerProps,
  type AddressValue,
  type MappedCommune,
  type OldAddressQuery,
} from './AddressPicker.js';
