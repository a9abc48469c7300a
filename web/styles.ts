// SPDX-License-Identifier: EUPL-1.2
// NL Design System component styles (Utrecht CSS packages) plus our theme; order matters: theme last.
import '@utrecht/root-css/dist/index.css';
import '@utrecht/body-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
import '@utrecht/badge-status-css/dist/index.css';
import './theme/theme.css';
import './theme/layout.css';
