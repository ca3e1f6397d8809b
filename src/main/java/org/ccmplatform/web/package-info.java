/** What belongs to no single module: layout, home page, languages, error answers, API documentation, start-up. */
package org.ccmplatform.web;
