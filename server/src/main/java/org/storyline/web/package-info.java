/** The web UI and HTTP API. */
package org.storyline.web;
