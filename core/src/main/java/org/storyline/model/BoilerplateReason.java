package org.storyline.model;

/** Why a span of the original text was removed by cleaning. */
public enum BoilerplateReason {
    DONATION_APPEAL,
    NEWSLETTER,
    SPONSOR,
    COMMENT_FORM,
    SEE_ALSO,
    PHOTO_CREDIT,
    CAPTION,
    OUTLET_NAME,
    REPEATED_LEDE,
    GLUED_JUNK,
    TEMPLATE_LINE,
    COPYRIGHT,
    SYNDICATION_NOTE,
    OTHER
}
