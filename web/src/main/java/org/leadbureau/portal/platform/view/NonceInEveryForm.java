package org.leadbureau.portal.platform.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * Every form carries its view's script nonce beside its view state. PrimeFaces' CSP mode refuses a postback whose
 * {@code primefaces.nonce} parameter differs from the nonce of the view it posts to; its script adds the field to
 * forms in the browser, so without this a form posted without JavaScript (or before the script ran) was refused
 * with "CSP nonce mismatch". Written where the view state is, so that no form can be left without it. The nonce is
 * in the page's scripts anyway: it guards which scripts run, not who may post.
 */
public class NonceInEveryForm extends ViewHandlerWrapper {

    public NonceInEveryForm(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void writeState(FacesContext context) throws IOException {
        String nonce = PrimeFacesContext.getCspState(context).getNonce();
        if (nonce != null && !nonce.isEmpty()) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
            writer.writeAttribute("value", nonce, null);
            writer.endElement("input");
        }
        super.writeState(context);
    }
}
