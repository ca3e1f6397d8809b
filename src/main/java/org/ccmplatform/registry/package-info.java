/** States, treaties and each State's participation in them; organisations and their contacts. */
package org.ccmplatform.registry;
