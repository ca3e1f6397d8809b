/** The few value types and rules every module uses: roles and the signed-in user, plain-text input, paging, one-time loads. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ccmplatform.shared;
